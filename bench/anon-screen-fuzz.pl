#!/usr/bin/perl
# bench/anon-screen-fuzz.pl N SEED - N lines of text made of the pieces the
# pattern rows are made of (digits and separators, the rows' keywords with
# look-alike letters and changed case, e-mail and handle marks, characters
# outside ASCII), for bench/anon-screen-check.sh: every place where a row
# may nearly match is a place the prefix screen must not get wrong.
use strict;
use warnings;
use utf8;
binmode STDOUT, ':encoding(UTF-8)';
my ($n, $seed) = @ARGV;
$n //= 20000;
srand($seed // 1);

my @kw = qw(personnummer personnumret personnr pers.nr pnr person-nr födelsenummer
  samordningsnummer kontonummer kontonr konto bankkonto clearingnummer bankgiro
  bankgironummer plusgiro bg pg account acct snap snapchat insta instagram ig tiktok
  kik discord telegram twitter threads twitch steam psn xbox fb facebook namn name is
  heter är bor adress adressen address lives live flyttat flyttade skicka skickas till
  på lgh lägenhet ltr tr uppgång uppg port hus våning vån plan apt flat box postbox
  postfack pl pb se fi ax dk no de ul ulica rue via calle avenida av c/o at dot punkt
  snabel-a isbn issn kr kronor sek eur euro usd dollar procent st styck år km mil kg
  min minuter timmar personer elever barn meter dagar veckor gånger ggr nr nummer
  Street Road Avenue Lane Drive St Rd riksväg längs Norra Södra Gamla Nya Sankt S:t
  gatan vägen väg gata torg allé backe stig plats park led gård vej gade gate vei
  straße weg Storgatan Björkvägen Kungsg. Uppsala Göteborg Harcourt Anna Berg xx XX
  ABC KAT BUS fe80 ::1 a@b.se x@y.cc.cc och det ring mig);
# the only case partners of ASCII letters outside ASCII, and case changes
my %alike = (k => ["\x{212A}", 'K'], s => ["\x{17F}", 'S'], i => ["\x{131}", "\x{130}", 'I'],
  a => ['A', "\x{E5}"], o => ['O', "\x{F6}"]);
my @marks = ('@', '[@]', '(@)', '(at)', '[at]', ' @ ', '=', '_', '-', '(', ')', ',', '.',
  ':', '/', '+', '%', "\x{A0}", "\x{2011}", "\x{2013}", "\x{2212}", "\x{FF10}", "\x{665}",
  "\x{1F600}", 'ø', 'µ', 'ß', "\t", '  ', '(0)');

sub pick { $_[rand @_] }

sub mangle {
	my $w = shift;
	return join '', map {
		my $c = $_;
		exists $alike{lc $c} && rand() < 0.25 ? pick(@{ $alike{lc $c} })
		  : rand() < 0.15 ? uc $c : $c
	} split //, $w;
}

sub number {
	my $k = 1 + int(rand(rand() < 0.3 ? 16 : 6));
	my $d = join '', map { int(rand(10)) } 1 .. $k;
	$d =~ s/(\d{2,4})(?=\d)/$1 . pick('-', '.', ':', '\/', ' ', '')/ge if rand() < 0.4;
	return $d;
}

sub piece {
	my $r = rand();
	return number() if $r < 0.4;
	return mangle(pick(@kw)) . (rand() < 0.2 ? ':' : '') if $r < 0.8;
	return pick(@marks) if $r < 0.92;
	return (pick('A' .. 'Z', 'a' .. 'z')) x (1 + int(rand(3)));
}

for (1 .. $n) {
	my $line = '';
	$line .= piece() . (rand() < 0.6 ? ' ' : '') for 1 .. 1 + int(rand(20));
	print "$line\n";
}
