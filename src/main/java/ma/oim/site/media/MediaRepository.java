package ma.oim.site.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface MediaRepository extends Repository<Media, Long> {

	Media save(Media media);

	Optional<Media> findById(Long id);

	List<Media> findByIdIn(Collection<Long> ids);

}
