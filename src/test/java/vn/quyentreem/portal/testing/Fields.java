package vn.quyentreem.portal.testing;

import java.lang.reflect.Field;

/** Sets an injected field of a bean under test, the way the container would, across packages. */
public final class Fields {

    private Fields() {
    }

    public static <T> T set(T bean, String name, Object value) {
        for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(bean, value);
                return bean;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + bean.getClass());
    }
}
