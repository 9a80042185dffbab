package vn.ishc.web;

import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How request parameters are read: a coded value such as {@code level=province} is the same as
 * {@code level=PROVINCE}, the way the API writes it and people type it.
 */
@Configuration(proxyBeanMethods = false)
class RequestParameterConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new AnyCaseEnums());
    }

    /** A code in any case, with spaces around it, is the constant of that name; an empty one is none. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class AnyCaseEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return source -> source.isBlank() ? null : (T) Enum.valueOf(type, source.strip().toUpperCase(Locale.ROOT));
        }
    }
}
