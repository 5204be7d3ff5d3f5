package dev.ledfleet.mqtt.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class one real MQTT broker ({@link TestBrokers} picks which), started before the
 * first test and stopped after the last. Tests receive it as a {@link TestBroker} parameter of a
 * constructor, a lifecycle method or a test method.
 * <pre>{@code
 * @ExtendWith(MqttBrokerExtension.class)
 * class RetainedStateIT {
 *     @Test void lateSubscriber_getsRetainedState(TestBroker broker) { ... }
 * }
 * }</pre>
 */
public final class MqttBrokerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MqttBrokerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        broker(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestBroker broker = context.getStore(NAMESPACE).remove(TestBroker.class, TestBroker.class);
        if (broker != null) {
            broker.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return broker(context);
    }

    private static TestBroker broker(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(TestBroker.class, key -> TestBrokers.start(),
                TestBroker.class);
    }
}
