package org.lineage.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * How templates read the components of Lineage's view records ({@code ${page.title.text}} calls
 * {@code title()}, then {@code text()}): through a handle found once per record type, instead of
 * OGNL's search for a getter and its member-access checks on every read. A page reads hundreds of
 * them. Anything else (another class, a name that is no component) is read as OGNL reads it.
 */
final class RecordAccessor implements PropertyAccessor {
    private static final String OURS = "org.lineage.";

    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS =
            new ClassValue<>() {
                @Override
                protected Map<String, MethodHandle> computeValue(Class<?> type) {
                    if (!type.isRecord() || !type.getName().startsWith(OURS)) {
                        return Map.of();
                    }
                    Map<String, MethodHandle> byName = new HashMap<>();
                    try {
                        MethodHandles.Lookup lookup =
                                MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                        for (RecordComponent c : type.getRecordComponents()) {
                            byName.put(
                                    c.getName(),
                                    lookup.unreflect(c.getAccessor())
                                            .asType(
                                                    MethodType.methodType(
                                                            Object.class, Object.class)));
                        }
                    } catch (IllegalAccessException e) {
                        // read as OGNL reads any object
                        return Map.of();
                    }
                    return Map.copyOf(byName);
                }
            };

    private static final RecordAccessor INSTANCE = new RecordAccessor();

    private final PropertyAccessor otherwise = new ObjectPropertyAccessor();

    private RecordAccessor() {}

    /** Makes OGNL read every record through this accessor; safe to call more than once. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, INSTANCE);
    }

    @Override
    public Object getProperty(OgnlContext context, Object target, Object name)
            throws OgnlException {
        if (target != null && name instanceof String n) {
            MethodHandle h = COMPONENTS.get(target.getClass()).get(n);
            if (h != null) {
                try {
                    Object value = (Object) h.invokeExact(target);
                    return value;
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new OgnlException("reading " + n, e);
                }
            }
        }
        return otherwise.getProperty(context, target, name);
    }

    @Override
    public void setProperty(OgnlContext context, Object target, Object name, Object value)
            throws OgnlException {
        otherwise.setProperty(context, target, name, value);
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object index) {
        return otherwise.getSourceAccessor(context, target, index);
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object index) {
        return otherwise.getSourceSetter(context, target, index);
    }
}
