package ma.oim.site.partners;

public enum PartnerKind {

	DONOR, GOVERNMENT, UN, MEDIA, CIVIL_SOCIETY

}
