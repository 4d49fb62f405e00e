package ma.oim.site.axes;

import java.util.List;
import java.util.Optional;

import ma.oim.site.i18n.Language;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AxisRepository extends Repository<ThematicAxis, Long> {

	List<ThematicAxis> findAllById(Iterable<Long> ids);

	Optional<ThematicAxis> findById(Long id);

	ThematicAxis save(ThematicAxis axis);

	@Query("select a from ThematicAxis a left join fetch a.translations order by a.position")
	List<ThematicAxis> findAllOrdered();

	@Query("select a from ThematicAxis a join a.translations t left join fetch a.translations where key(t) = :language and t.slug = :slug")
	Optional<ThematicAxis> findBySlug(Language language, String slug);

}
