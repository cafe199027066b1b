package vn.quyentreem.portal.mail.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.mail.entity.OutboxMessages;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.FacesMessages;
import vn.quyentreem.portal.site.ListPage;
import vn.quyentreem.portal.site.PageParams;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The admins' view of the mail the portal wrote, newest first, filtered with a plain GET form by recipient
 * (?nguoi-nhan=, part of the address) and state (?trang-thai=), and paged (?trang=).
 */
@Named
@RequestScoped
public class OutboxView {

    static final String PATH = "/quan-tri/hop-thu.xhtml";
    static final int PAGE_SIZE = 20;
    private static final int MAX_RECIPIENT = 200;

    @Inject
    OutboxMessages outbox;

    @Inject
    Mailer mailer;

    private String recipient;
    private OutboxMessage.State state;
    private ListPage<OutboxMessage> page;

    /**
     * Reads the filters and the page. The state is asked of the store; the rest is sorted and filtered in memory,
     * which suits the thousands of mails an outbox holds; only the page is rendered. A view action, so that a
     * message about a bad filter is there before the page's messages are written.
     */
    public void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        recipient = params.get("nguoi-nhan") == null ? null : params.get("nguoi-nhan").strip();
        if (recipient != null && recipient.length() > MAX_RECIPIENT) {
            recipient = recipient.substring(0, MAX_RECIPIENT);
        }
        String stateParam = params.get("trang-thai");
        state = Arrays.stream(OutboxMessage.State.values()).filter(s -> value(s).equals(stateParam)).findFirst().orElse(null);
        if (state == null && stateParam != null && !stateParam.isEmpty()) {
            FacesMessages.error("Không có trạng thái thư \"" + stateParam + "\"; đang hiện mọi trạng thái.");
        }
        String requestedPage = params.get(ListPage.PAGE_PARAMETER);
        if (PageParams.pageNumber(requestedPage).isEmpty()) {
            FacesMessages.error("Số trang không hợp lệ; đang hiện trang 1.");
        }
        Stream<OutboxMessage> read = state == null ? outbox.findAll() : outbox.findByState(state.name()).stream();
        List<OutboxMessage> matching = read.filter(m -> ListPage.matches(recipient, m.getRecipient()))
                .sorted(Comparator.comparing(OutboxMessage::getCreatedAt).reversed()).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("nguoi-nhan", recipient);
        filters.put("trang-thai", state == null ? null : value(state));
        page = ListPage.of(matching, requestedPage, PAGE_SIZE, PATH, filters);
    }

    public ListPage<OutboxMessage> getPage() {
        return page;
    }

    public List<OutboxMessage> getMessages() {
        return page.getItems();
    }

    public boolean isFiltered() {
        return state != null || (recipient != null && !recipient.isEmpty());
    }

    public String getRecipient() {
        return recipient;
    }

    public String getState() {
        return state == null ? "" : value(state);
    }

    public List<OutboxMessage.State> getStates() {
        return List.of(OutboxMessage.State.values());
    }

    /** A state as the filter's URL spells it: its name in lower case. */
    public String value(OutboxMessage.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** What the state filter calls each state. */
    public String label(OutboxMessage.State state) {
        return switch (state) {
            case KEPT -> "Lưu trong hộp thư";
            case QUEUED -> "Đang chờ gửi";
            case SENT -> "Đã gửi";
            case FAILED -> "Gửi thất bại";
        };
    }

    public boolean isSmtpConfigured() {
        return mailer.smtpConfigured();
    }

    public String stateLabel(OutboxMessage message) {
        return switch (message.getState()) {
            case KEPT -> "Lưu trong hộp thư (chưa cấu hình máy chủ thư)";
            case QUEUED -> message.getAttempts() == 0 ? "Đang chờ gửi"
                    : "Gửi chưa được (" + message.getAttempts() + " lần), sẽ thử lại lúc "
                    + new VietnameseDates().dateTime(Instant.ofEpochMilli(message.getNextAttemptAt())) + ": " + message.getError();
            case SENT -> "Đã gửi";
            case FAILED -> "Gửi thất bại sau " + message.getAttempts() + " lần thử: " + message.getError();
        };
    }
}
