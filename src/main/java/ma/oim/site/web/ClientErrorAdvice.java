package ma.oim.site.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Requests the framework cannot read are the client's error, answered with the error page. */
@ControllerAdvice
class ClientErrorAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	@ExceptionHandler(MultipartException.class)
	void brokenMultipart(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	/** Tomcat reads parameters lazily: broken percent-encoding surfaces at the first read. */
	@ExceptionHandler(InvalidParameterException.class)
	void undecodableParameters(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
