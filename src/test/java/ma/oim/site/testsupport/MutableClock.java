package ma.oim.site.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests set to a given instant, then give back to the system time. */
public class MutableClock extends Clock {

	private final Clock system;

	private volatile Instant fixed;

	public MutableClock(Clock system) {
		this.system = system;
	}

	public void setInstant(Instant instant) {
		this.fixed = instant;
	}

	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed;
		return (instant != null) ? instant : this.system.instant();
	}

}
