package ma.oim.site.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface MediaRepository extends Repository<Media, Long> {

	Media save(Media media);

	Optional<Media> findById(Long id);

	List<Media> findTop60ByOrderByIdDesc();

	List<Media> findByIdIn(Collection<Long> ids);

}
