package vn.quyentreem.portal.content;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A Jakarta Data repository stand-in backed by a map; answers the few methods the content loader calls. */
final class InMemoryRepository<T> {

    final Map<String, T> rows = new LinkedHashMap<>();
    private final Function<T, String> id;
    private final Function<T, String> slug;

    InMemoryRepository(Function<T, String> id, Function<T, String> slug) {
        this.id = id;
        this.slug = slug;
    }

    @SuppressWarnings("unchecked")
    <R> R as(Class<R> repository) {
        return (R) Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[] {repository}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "findById" -> Optional.ofNullable(rows.get((String) args[0]));
                    case "existsBySlug" -> rows.values().stream().anyMatch(r -> Objects.equals(slug.apply(r), args[0]));
                    case "findBySlug" -> rows.values().stream().filter(r -> Objects.equals(slug.apply(r), args[0])).findFirst();
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
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
