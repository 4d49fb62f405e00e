package ma.oim.site.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AuditRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

}
