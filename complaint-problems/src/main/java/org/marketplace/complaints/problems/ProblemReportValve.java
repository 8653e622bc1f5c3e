package org.marketplace.complaints.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on an error that no servlet answered: a request it refused before any servlet ran (a
 * malformed request line, an oversized header, an encoded "/" in the path) or an error that reached no error
 * page. Tomcat's own valve writes an HTML page there; this one writes the problem+json every other error is.
 * The checks are those of Tomcat's valve: only errors, only once, only while the response can still be written.
 */
public class ProblemReportValve extends ErrorReportValve {

    private final Supplier<ObjectMapper> json;
    private final ProblemForStatus problems;

    /**
     * @param json     the HTTP mapper, asked for at the first error: the server is built before most beans
     * @param problems the problem each status gets, as the side this runs in words it
     */
    public ProblemReportValve(Supplier<ObjectMapper> json, ProblemForStatus problems) {
        this.json = json;
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status == 501 || status == 505) {
            // an unknown transfer coding or HTTP version is the client's request to fix, not a failure of ours:
            // a 5xx would count against the service's error budget and page an operator for someone else's bytes
            response.setStatus(400);
            status = 400;
        }
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            String body = json.get().writeValueAsString(problems.of(status));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        } catch (IOException | IllegalStateException connectionGone) {
            // the client went away or the response was committed meanwhile: nothing left to tell anyone
        }
    }
}
