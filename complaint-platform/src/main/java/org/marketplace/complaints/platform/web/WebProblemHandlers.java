package org.marketplace.complaints.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The two controller advices: bad input first (400), everything else after (translators, then 500). */
@Configuration(proxyBeanMethods = false)
@Import({RequestProblemHandler.class, FallbackProblemHandler.class})
public class WebProblemHandlers {
}
