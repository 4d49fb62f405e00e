package ma.oim.site.pages;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PageRepository extends Repository<Page, Long> {

	@Query("select distinct p from Page p left join fetch p.translations order by p.position")
	List<Page> findAllWithTranslations();

}
