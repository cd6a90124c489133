package org.canticle.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demo on start, fill an empty library with public-domain hymns, two profiles and
 * a plan for the coming Sunday
 */
@ConfigurationProperties("canticle")
public record DemoSettings(@DefaultValue("false") boolean demo) {
}
