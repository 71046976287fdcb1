package org.lineage.testutil;

import java.util.Random;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets one run search further than the tries and seed each property fixes: {@code
 * -Dproperties.tries=N} replaces every property's number of tries, and {@code -Dproperties.seed=N}
 * (or {@code random}) its seed. jqwik's own {@code jqwik.tries.default} does not reach a property
 * that names its tries. Registered for every property in {@code
 * META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class SearchFurther implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(
            PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes attributes = context.attributes();
        String tries = System.getProperty("properties.tries", "");
        if (!tries.isBlank()) {
            attributes.setTries(Integer.parseInt(tries.strip()));
        }
        String seed = System.getProperty("properties.seed", "").strip();
        if (seed.equals("random")) {
            attributes.setSeed(Long.toString(new Random().nextLong()));
        } else if (!seed.isEmpty()) {
            attributes.setSeed(seed);
        }
        return property.execute();
    }

    /** Outermost, so that the attributes are set before jqwik reads them. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }
}
