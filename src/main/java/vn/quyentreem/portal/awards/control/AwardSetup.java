package vn.quyentreem.portal.awards.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Editors set award programmes up: write or change the definition (cycles included). */
@ApplicationScoped
public class AwardSetup {

    @Inject
    Leases leases;

    @Inject
    AwardProgrammes programmes;

    @Inject
    AuditLog audit;

    @Inject
    Event<AwardChanged> changes;

    public List<AwardProgramme> all() {
        return programmes.findAll().sorted(Comparator.comparing(AwardProgramme::getName)).toList();
    }

    public Optional<AwardProgramme> bySlug(String slug) {
        return slug == null ? Optional.empty() : programmes.findBySlug(slug);
    }

    public AwardProgramme require(String slug) {
        return bySlug(slug).orElseThrow(() -> AwardRefusal.notFound("Không có giải thưởng này"));
    }

    public AwardProgramme create(String definition, Account editor) {
        return leases.exclusively("award-programmes", () -> {
            requireEditor(editor);
            AwardProgramme programme = AwardDefinition.read(definition);
            if (programmes.findBySlug(programme.getSlug()).isPresent()) {
                throw AwardRefusal.conflict("Đã có giải thưởng với địa chỉ /giai-thuong/" + programme.getSlug());
            }
            programme.setId(UUID.randomUUID().toString());
            programme.setUpdatedAt(Instant.now());
            programmes.insert(programme);
            audit.record(editor.getUsername(), "tạo giải thưởng", "award", programme.getId(), programme.getName(), null);
            changes.fire(new AwardChanged(programme.getId()));
            return programme;
            });
    }

    /**
     * A changed definition. Laureates editors decided on the desk are not in the text, so a cycle of the same year
     * keeps them; the address stays.
     */
    public AwardProgramme update(String slug, String definition, Account editor) {
        return leases.exclusively("award-programmes", () -> {
            requireEditor(editor);
            AwardProgramme old = require(slug);
            AwardProgramme changed = AwardDefinition.read(definition);
            for (AwardCycle cycle : changed.getCycles()) {
                old.cycle(cycle.getYear()).filter(AwardCycle::isLaureatesDecided).filter(c -> cycle.getLaureates().isEmpty())
                        .ifPresent(before -> {
                            cycle.setLaureates(before.getLaureates());
                            cycle.setLaureatesDecided(true);
                            cycle.setAnnounced(before.isAnnounced());
                        });
            }
            changed.setId(old.getId());
            changed.setSlug(old.getSlug());
            changed.setUpdatedAt(Instant.now());
            programmes.save(changed);
            audit.record(editor.getUsername(), "sửa giải thưởng", "award", old.getId(), changed.getName(), null);
            changes.fire(new AwardChanged(old.getId()));
            return changed;
            });
    }

    /** Saves a programme as it came from content/awards, past laureates and all; nothing if its address is taken. */
    public AwardProgramme importSample(String definition) {
        return leases.exclusively("award-programmes", () -> {
            AwardProgramme programme = AwardDefinition.read(definition);
            if (programmes.findBySlug(programme.getSlug()).isPresent()) {
                return null;
            }
            programme.setId(UUID.randomUUID().toString());
            programme.setUpdatedAt(Instant.now());
            programmes.insert(programme);
            changes.fire(new AwardChanged(programme.getId()));
            return programme;
            });
    }

    static void requireEditor(Account editor) {
        if (editor == null || !Roles.editorial(editor.getRoles())) {
            throw AwardRefusal.editorsOnly();
        }
    }
}
