package vn.quyentreem.portal.testing;

import vn.quyentreem.portal.consent.control.ChildSubmissions;
import vn.quyentreem.portal.consent.control.GuardianConsentFlow;
import vn.quyentreem.portal.consent.entity.ConsentDecided;
import vn.quyentreem.portal.consent.entity.GuardianConsent;
import vn.quyentreem.portal.consent.entity.GuardianConsents;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.judging.entity.Conflict;
import vn.quyentreem.portal.judging.entity.Conflicts;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.judging.entity.Scorecards;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.store.DataDirectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The modules a submission about a child works with (guardian consent, judging, private files), wired on
 * in-memory stores and a data directory, for unit tests of contest entries and award nominations.
 */
public final class ChildDataModules {

    public final InMemoryRepository<GuardianConsent> consentRows = new InMemoryRepository<>(GuardianConsent::getId);
    public final InMemoryRepository<Scorecard> cardRows = new InMemoryRepository<>(Scorecard::getId);
    public final InMemoryRepository<Conflict> conflictRows = new InMemoryRepository<>(Conflict::getId);
    public final List<Object> decisions = new ArrayList<>();
    public final GuardianConsentFlow consents = new GuardianConsentFlow();
    public final Judging judging = new Judging();
    public final PrivateFiles files = new PrivateFiles();
    public final ChildSubmissions submissions = new ChildSubmissions();

    /** Mails from every module go to {@code mails}. */
    public ChildDataModules(Path data, List<OutboxMessage> mails) {
        Fields.set(consents, "leases", Fakes.leases());
        Fields.set(consents, "consents", consentRows.as(GuardianConsents.class));
        Fields.set(consents, "mailer", Fakes.mailer(mails));
        Fields.set(consents, "site", Fakes.site());
        Fields.set(consents, "audit", Fakes.audit());
        Fields.set(consents, "decisions", Events.into(decisions));
        Fields.set(judging, "leases", Fakes.leases());
        Fields.set(judging, "cards", cardRows.as(Scorecards.class));
        Fields.set(judging, "conflicts", conflictRows.as(Conflicts.class));
        Fields.set(files, "dataDirectory", DataDirectory.at(data));
        Fields.set(submissions, "consents", consents);
        Fields.set(submissions, "files", files);
        Fields.set(submissions, "judging", judging);
        Fields.set(submissions, "mailer", Fakes.mailer(mails));
    }

    /** The guardian's only consent record in these tests. */
    public GuardianConsent asked() {
        return consentRows.rows.values().iterator().next();
    }

    /** The decision the consent flow announced last, as the features observe it. */
    public ConsentDecided lastDecision() {
        return (ConsentDecided) decisions.get(decisions.size() - 1);
    }
}
