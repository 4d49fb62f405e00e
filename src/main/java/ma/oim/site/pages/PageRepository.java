package ma.oim.site.pages;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PageRepository extends Repository<Page, Long> {

	Optional<Page> findById(Long id);

}
