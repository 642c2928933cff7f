package org.exportpulse.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin reads of the API, so a newsroom's page can chart from it: {@code GET} and {@code
 * HEAD} answers under {@code /api/} may be read from any origin (no credentials), with their
 * validators exposed; a preflight ({@code OPTIONS}) allows only those methods and the conditional
 * headers. Writes stay same-origin: a browser never gets permission to {@code POST} from elsewhere.
 */
final class ReadOnlyCors implements Filter {

    static final String METHODS = "GET, HEAD";
    static final String HEADERS = "If-None-Match, If-Modified-Since";
    static final String EXPOSED = "ETag, Last-Modified, Content-Disposition, Retry-After";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String method = req.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            res.setHeader("Access-Control-Allow-Origin", "*");
            res.setHeader("Access-Control-Expose-Headers", EXPOSED);
        } else if (method.equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
            res.setHeader("Access-Control-Allow-Origin", "*");
            res.setHeader("Access-Control-Allow-Methods", METHODS);
            res.setHeader("Access-Control-Allow-Headers", HEADERS);
            res.setHeader("Access-Control-Max-Age", "86400");
            res.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
