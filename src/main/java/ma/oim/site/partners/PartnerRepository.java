package ma.oim.site.partners;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PartnerRepository extends Repository<Partner, Long> {

	Optional<Partner> findById(Long id);

	Partner save(Partner partner);

	@Query("select p from Partner p left join fetch p.translations left join fetch p.logo order by p.position")
	List<Partner> findAllOrdered();

}
