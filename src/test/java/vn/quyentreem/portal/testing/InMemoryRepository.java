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
                    default -> byProperty(method, args);
                });
    }

    /**
     * findBySlug(x), existsBySlug(x), findByArticleIdAndNumber(a, n), findByStatusOrderByPublishedAtDesc(s): rows
     * whose properties equal the arguments in order, sorted as the name says, as the return type wants them.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object byProperty(Method method, Object[] args) throws ReflectiveOperationException {
        String name = method.getName();
        String query = name.startsWith("findBy") ? name.substring(6) : name.startsWith("existsBy") ? name.substring(8) : null;
        if (query == null || method.getReturnType().getSimpleName().equals("Page")) {
            throw new UnsupportedOperationException(name);
        }
        String order = null;
        boolean descending = false;
        int orderAt = query.indexOf("OrderBy");
        if (orderAt >= 0) {
            order = query.substring(orderAt + 7);
            descending = order.endsWith("Desc");
            order = order.replaceFirst("(Asc|Desc)$", "");
            query = query.substring(0, orderAt);
        }
        String[] properties = query.split("And");
        if (properties.length > (args == null ? 0 : args.length) || query.matches(".*(Or|In|Between|Like)[A-Z].*")) {
            throw new UnsupportedOperationException(name);
        }
        List<T> matching = new java.util.ArrayList<>();
        for (T row : rows.values()) {
            boolean all = true;
            for (int i = 0; i < properties.length && all; i++) {
                all = Objects.equals(stored(row, properties[i]), args[i]);
            }
            if (all) {
                matching.add(row);
            }
        }
        if (order != null) {
            java.util.Map<T, Comparable> keys = new java.util.HashMap<>();
            for (T row : matching) {
                keys.put(row, (Comparable) stored(row, order));
            }
            java.util.Comparator<T> by = java.util.Comparator.comparing(keys::get,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
            matching.sort(descending ? by.reversed() : by);
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

    /** The property as the store holds it: the field (an enum kept as its name), else what the getter says. */
    private static Object stored(Object row, String property) throws ReflectiveOperationException {
        String field = Character.toLowerCase(property.charAt(0)) + property.substring(1);
        for (Class<?> type = row.getClass(); type != null; type = type.getSuperclass()) {
            try {
                java.lang.reflect.Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                return f.get(row);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return row.getClass().getMethod("get" + property).invoke(row);
    }

    /** {@link vn.quyentreem.portal.store.Store#transition} over these rows: the field is set only if it still holds {@code from}. */
    public boolean transition(String rowId, String field, Object from, Object to) {
        T row = rows.get(rowId);
        if (row == null) {
            return false;
        }
        try {
            java.lang.reflect.Field f = row.getClass().getDeclaredField(field);
            f.setAccessible(true);
            if (!java.util.Objects.equals(f.get(row), from)) {
                return false;
            }
            f.set(row, to);
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void set(String rowId, String field, Object value) {
        try {
            java.lang.reflect.Field f = rows.get(rowId).getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(rows.get(rowId), value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A store whose {@code transition} works on these rows, for control classes that take steps through it. */
    public vn.quyentreem.portal.store.Store asStore() {
        return new vn.quyentreem.portal.store.Store() {
            @Override
            public boolean transition(String collection, String rowId, String field, Object from, Object to,
                                      java.util.Map<String, Object> also) {
                if (!InMemoryRepository.this.transition(rowId, field, from, to)) {
                    return false;
                }
                also.forEach((name, value) -> set(rowId, name, value));
                return true;
            }
        };
    }
}
