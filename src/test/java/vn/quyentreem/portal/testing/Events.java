package vn.quyentreem.portal.testing;

import jakarta.enterprise.event.Event;

import java.lang.reflect.Proxy;
import java.util.List;

/** A CDI Event stand-in that keeps what was fired, for unit tests of control classes. */
public final class Events {

    private Events() {
    }

    @SuppressWarnings("unchecked")
    public static <T> Event<T> into(List<Object> fired) {
        return (Event<T>) Proxy.newProxyInstance(Event.class.getClassLoader(), new Class<?>[] {Event.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "fire" -> {
                        fired.add(args[0]);
                        yield null;
                    }
                    case "toString" -> "Events";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
