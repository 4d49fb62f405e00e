package ma.oim.site.publications;

/** A file refused by its content; {@code reason} is the message code shown next to the field. */
class DocumentRejectedException extends Exception {

	private final String reason;

	private final transient Object[] arguments;

	DocumentRejectedException(String reason, Object... arguments) {
		super(reason);
		this.reason = reason;
		this.arguments = arguments;
	}

	String reason() {
		return this.reason;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
