package ma.oim.site.users;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserRepository extends Repository<User, Long> {

	User save(User user);

	Optional<User> findById(Long id);

	long count();

	@Query("select u from User u where u.email = :email")
	Optional<User> findByEmail(String email);

	/** Locks the row: concurrent failed sign-ins on several nodes are all counted. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from User u where u.email = :email")
	Optional<User> findByEmailForUpdate(String email);

	List<User> findAllByOrderByDisplayNameAsc();

}
