package ma.oim.site.axes;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** The axes as one web request read them: the layout, the lists and the cards need the same small table. */
@Component
@RequestScope
class AxesOfRequest {

	private Map<Long, AxisLinks.Axis> axes;

	Map<Long, AxisLinks.Axis> get(Supplier<Map<Long, AxisLinks.Axis>> read) {
		if (this.axes == null) {
			this.axes = read.get();
		}
		return this.axes;
	}

}
