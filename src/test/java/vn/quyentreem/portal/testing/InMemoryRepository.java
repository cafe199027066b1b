package vn.quyentreem.portal.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A Jakarta Data repository stand-in backed by a map, for unit tests of control classes: answers findById,
 * findAll, insert, save, deleteById, and findBy/existsBy one property (read through the entity's getter).
 */
public final class InMemoryRepository<T> {

    public final Map<String, T> rows = new LinkedHashMap<>();
    private final Function<T, String> id;

    public InMemoryRepository(Function<T, String> id) {
        this.id = id;
    }

    @SuppressWarnings("unchecked")
    public <R> R as(Class<R> repository) {
        return (R) Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[] {repository}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "findById" -> Optional.ofNullable(rows.get((String) args[0]));
                    case "findAll" -> List.copyOf(rows.values()).stream();
                    case "insert", "save" -> {
                        T row = (T) args[0];
                        rows.put(id.apply(row), row);
                        yield row;
                    }
                    case "deleteById" -> {
                        rows.remove((String) args[0]);
                        yield null;
                    }
                    case "toString" -> "InMemory" + repository.getSimpleName();
                    default -> byProperty(method, args[0]);
                });
    }

    /** findBySlug(x), existsBySlug(x): rows whose getSlug() equals x, as the method's return type wants them. */
    private Object byProperty(Method method, Object value) throws ReflectiveOperationException {
        String name = method.getName();
        String property = name.startsWith("findBy") ? name.substring(6) : name.startsWith("existsBy") ? name.substring(8) : null;
        if (property == null || property.contains("And") || property.contains("OrderBy")) {
            throw new UnsupportedOperationException(name);
        }
        List<T> matching = new java.util.ArrayList<>();
        for (T row : rows.values()) {
            if (Objects.equals(row.getClass().getMethod("get" + property).invoke(row), value)) {
                matching.add(row);
            }
        }
        Class<?> type = method.getReturnType();
        if (type == boolean.class) {
            return !matching.isEmpty();
        }
        if (type == Optional.class) {
            return matching.stream().findFirst();
        }
        if (type == Stream.class) {
            return matching.stream();
        }
        return matching;
    }
}
