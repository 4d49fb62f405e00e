package ma.oim.site.axes;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AxisRepository extends Repository<ThematicAxis, Long> {

	Optional<ThematicAxis> findById(Long id);

}
