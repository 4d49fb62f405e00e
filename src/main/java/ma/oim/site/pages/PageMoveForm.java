package ma.oim.site.pages;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Where a page goes: under which page ({@code parent}: a page id, or empty for the top of
 * the menu) and at which place among the pages there (1 is first; none is last).
 */
public class PageMoveForm {

	private Long parent;

	@Min(1)
	@Max(1000)
	private Integer position;

	public Long getParent() {
		return this.parent;
	}

	public void setParent(Long parent) {
		this.parent = parent;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

}
