package ma.oim.site.pages;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PageRepository extends Repository<Page, Long> {

	Optional<Page> findById(Long id);

	@Query("select p from Page p left join fetch p.translations order by p.position")
	List<Page> findAllWithTranslations();

}
