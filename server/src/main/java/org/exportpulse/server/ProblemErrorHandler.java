package org.exportpulse.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.exportpulse.formats.IngestProblem;

/**
 * Errors Jetty answers before a request reaches the routes (a URI or headers too long, a request it
 * cannot parse, a body over the limit while it streams in) as problem details, like every other
 * error of the server, instead of Jetty's HTML or plain-text pages. No internals are shown.
 */
final class ProblemErrorHandler extends ErrorHandler {

    /** Characters of the request path repeated in {@code instance}, at most. */
    static final int LONGEST_INSTANCE = 200;

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body(code, message, path(request))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        return ByteBuffer.wrap(body(status, reason, null));
    }

    private static byte[] body(int code, String message, String instance) {
        String title = HttpStatus.getMessage(code);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", code);
        body.put("detail", message == null || message.isBlank() ? title : IngestProblem.cut(message));
        if (instance != null) {
            body.put("instance", instance);
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String path(Request request) {
        try {
            String path = request.getHttpURI().getPath();
            return path == null ? null : IngestProblem.cut(path, LONGEST_INSTANCE);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
