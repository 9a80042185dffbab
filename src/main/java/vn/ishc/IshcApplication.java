package vn.ishc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** ISHC: the management and monitoring system for Vietnam's Intergenerational Self-Help Clubs. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class IshcApplication {
    public static void main(String[] args) {
        SpringApplication.run(IshcApplication.class, args);
    }
}
