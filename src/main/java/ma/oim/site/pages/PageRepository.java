package ma.oim.site.pages;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PageRepository extends Repository<OrganisationPage, Long> {

	Optional<OrganisationPage> findById(Long id);

}
