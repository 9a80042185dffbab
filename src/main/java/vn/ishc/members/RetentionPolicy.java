package vn.ishc.members;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long people's records are kept once they no longer take part ({@code ishc.retention.*}). The daily
 * job runs at {@code ishc.retention.cron}, in Vietnam's time (02:30 by default).
 *
 * @param leftYears a person whose last membership ended this many whole years ago (and who has no loan
 *                  still open) is anonymised; 10 by default, the time accounting records are kept, since a
 *                  member's payments are part of the club's books; 0 turns the job off
 */
@ConfigurationProperties("ishc.retention")
public record RetentionPolicy(@DefaultValue("10") int leftYears) {

    public RetentionPolicy {
        if (leftYears < 0) {
            throw new IllegalArgumentException("ishc.retention.left-years must not be negative");
        }
    }
}
