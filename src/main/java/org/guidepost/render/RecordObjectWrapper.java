package org.guidepost.render;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Freemarker's default object wrapper, except that templates read the components of the page-model records through
 * accessors generated once per record class instead of by reflection (which was 4 % of a large build's CPU). Anything
 * else a template asks of a record (method calls, other methods, built-ins) goes to Freemarker's own model, as before.
 */
final class RecordObjectWrapper extends DefaultObjectWrapper {

    private static final ClassValue<Map<String, Function<Object, Object>>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    RecordObjectWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        return object instanceof Record ? new RecordModel(object, this) : super.handleUnknownType(object);
    }

    /** A record as Freemarker's bean model shows it, its components read through the generated accessors. */
    private static final class RecordModel extends GenericObjectModel {

        private final Map<String, Function<Object, Object>> components;

        RecordModel(Object record, RecordObjectWrapper wrapper) {
            super(record, wrapper);
            this.components = COMPONENTS.get(record.getClass());
        }

        /** A component read as a value; a method call ({@code page.title()}) and anything else as Freemarker does it. */
        @Override
        protected TemplateModel get(String key, boolean beforeMethodCall) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            Function<Object, Object> accessor = beforeMethodCall ? null : components.get(key);
            return accessor == null ? super.get(key, beforeMethodCall) : wrap(accessor.apply(object));
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(MethodHandles.Lookup lookup, MethodHandle getter) {
        try {
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), getter, getter.type().wrap()).getTarget().invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make an accessor for " + getter, e);
        }
    }

    /** A function per component of a public record class; none for a class this code may not see into. */
    private static Map<String, Function<Object, Object>> accessors(Class<?> type) {
        Map<String, Function<Object, Object>> accessors = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent component : type.getRecordComponents()) {
            MethodHandle getter;
            try {
                getter = lookup.unreflect(component.getAccessor());
            } catch (IllegalAccessException notPublic) {
                // a record this package cannot reach: Freemarker's reflection reads it, as for any other object
                return Map.of();
            }
            accessors.put(component.getName(), accessor(lookup, getter));
        }
        return Map.copyOf(accessors);
    }
}
