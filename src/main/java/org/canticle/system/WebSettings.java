package org.canticle.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP settings of Canticle.
 *
 * @param maxRequestBody the largest JSON or form body accepted; larger ones get 413
 */
@ConfigurationProperties("canticle.web")
public record WebSettings(@DefaultValue("1MB") DataSize maxRequestBody) {
}
