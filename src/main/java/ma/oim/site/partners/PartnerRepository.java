package ma.oim.site.partners;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PartnerRepository extends Repository<Partner, Long> {

	@Query("select distinct p from Partner p left join fetch p.translations order by p.position")
	List<Partner> findAllOrdered();

}
