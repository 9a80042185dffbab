package vn.ishc.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How values in a JSON body are read: as they were written, never changed on the way in. A whole number
 * (every amount of money, in whole đồng, and every count) is a JSON integer: 1000.5 is refused rather than
 * recorded as 1000, and so are 1000.0, 1e3, "1500" and true, whatever they might be taken to mean; a number
 * too large for its field is refused rather than cut. A date is text ("2026-02-28"), never a number of days
 * since 1970. Each refusal carries the value exactly as sent, so that the answer can repeat it.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Long.class, long.class, Integer.class, int.class, Short.class,
            short.class, Byte.class, byte.class, BigInteger.class);

    @Bean
    JacksonModule valuesAsSent() {
        SimpleModule module = new SimpleModule("values-as-sent");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                if (WHOLE_NUMBERS.contains(type)) {
                    return new WholeNumber(deserializer);
                }
                return type == LocalDate.class ? new DateAsText(deserializer) : deserializer;
            }
        });
        return module;
    }

    /** A JSON integer that fits, and null; anything else is refused with the text sent. */
    static final class WholeNumber extends DelegatingDeserializer {

        WholeNumber(ValueDeserializer<?> standard) {
            super(standard);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> standard) {
            return new WholeNumber(standard);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_TRUE
                    || token == JsonToken.VALUE_FALSE) {
                throw InvalidFormatException.from(p, "not a JSON integer", p.getString(), handledType());
            }
            String sent = token == JsonToken.VALUE_NUMBER_INT ? p.getString() : null;
            try {
                return super.deserialize(p, ctxt);
            } catch (InputCoercionException e) {
                throw new OutOfRange(p, sent, handledType());
            }
        }
    }

    /** A JSON integer too large (or too small) for its field, as sent. */
    static final class OutOfRange extends InvalidFormatException {

        OutOfRange(JsonParser p, String sent, Class<?> type) {
            super(p, "out of range", sent, type);
        }
    }

    /** A date written as text; a bare number would be read as days since 1970 and is refused as sent. */
    static final class DateAsText extends DelegatingDeserializer {

        DateAsText(ValueDeserializer<?> standard) {
            super(standard);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> standard) {
            return new DateAsText(standard);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                throw InvalidFormatException.from(p, "a date is text", p.getString(), handledType());
            }
            return super.deserialize(p, ctxt);
        }
    }
}
