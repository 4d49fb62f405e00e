-- The reference data a fourth language takes (FourthLanguageTests): one row.
insert into language (code, position) values ('zgh', 4);
