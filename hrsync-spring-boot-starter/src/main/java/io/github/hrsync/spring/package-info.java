/** The Spring Boot starter: hrsync's properties, beans that back off, and their customizer. */
@NullMarked
package io.github.hrsync.spring;

import org.jspecify.annotations.NullMarked;
