package org.marketplace.complaints.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad input of every kind answers 400 VALIDATION_FAILED with errors:[{field, message}]: unreadable or
 * mistyped JSON, failed Bean Validation, a malformed path id, a wrong content type, a record's own checks.
 * Ordered first, so the catch-all of DomainProblemHandler never sees these.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException invalid) {
        return badRequest(List.of(new InvalidField(invalid.field(), invalid.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var result = ex.getBindingResult();
        return badRequest(Stream.concat(
                result.getFieldErrors().stream().map(e -> new InvalidField(e.getField(), e.getDefaultMessage())),
                result.getGlobalErrors().stream().map(e -> new InvalidField("body", e.getDefaultMessage())))
                .sorted(Comparator.comparing(InvalidField::field)).toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(List.of(JsonInputProblems.describe(ex)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String expected = ex.getRequiredType() == UUID.class ? "must be a UUID" : "has the wrong format";
        return badRequest(List.of(new InvalidField(String.valueOf(ex.getPropertyName()), expected)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new InvalidField(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList());
    }

    /** The contract lists a wrong content type among bad input: answered 400 like the rest, naming the header. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(List.of(new InvalidField(HttpHeaders.CONTENT_TYPE, "must be application/json")));
    }

    /** Everything else Spring MVC answers itself (unknown path, wrong method…) also gets a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CODE))) {
            boolean badInput = status.value() == HttpStatus.BAD_REQUEST.value();
            problem.setProperty(Problems.CODE, badInput ? Problems.VALIDATION_FAILED : Problems.codeFor(status));
            if (badInput) {
                problem.setProperty(Problems.ERRORS, List.of(new InvalidField("request", problem.getDetail())));
            }
        }
        return response;
    }

    private static ResponseEntity<Object> badRequest(List<InvalidField> errors) {
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }
}
