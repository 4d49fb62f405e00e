package ma.oim.site.partners;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PartnerRepository extends Repository<Partner, Long> {

	List<Partner> findAllById(Iterable<Long> ids);

	Optional<Partner> findById(Long id);

	Partner save(Partner partner);

	@Query("select p from Partner p left join fetch p.translations order by p.position")
	List<Partner> findAllOrdered();

}
