package vn.ishc.web;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's messages in the application's log, under its own logger names
 * (com.openhtmltopdf.load, ...). Its notes on CSS it does not know (the screen-only rules of the print
 * stylesheet) are information, not warnings.
 */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        switch (severity(where, level)) {
            case 3 -> logger.error(msg, th);
            case 2 -> logger.warn(msg, th);
            case 1 -> logger.info(msg, th);
            default -> logger.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are set in the application's logging configuration.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        String where = diagnostic.getLogMessageId().getWhere();
        Logger logger = LoggerFactory.getLogger(where);
        return switch (severity(where, diagnostic.getLevel())) {
            case 3 -> logger.isErrorEnabled();
            case 2 -> logger.isWarnEnabled();
            case 1 -> logger.isInfoEnabled();
            default -> logger.isDebugEnabled();
        };
    }

    /** 3 error, 2 warning, 1 information, 0 detail. */
    private static int severity(String where, Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return 3;
        }
        if (value >= Level.WARNING.intValue()) {
            return where != null && where.endsWith("css-parse") ? 1 : 2;
        }
        return value >= Level.INFO.intValue() ? 0 : -1;
    }
}
