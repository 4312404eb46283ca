#!/usr/bin/perl
# anon-gen.pl N - N invented survey answers (response_id,free_text) with
# free text of 0-300 characters, some of it personal data, for bench/anon.sh.
use strict;
use warnings;
use utf8;
binmode STDOUT, ':encoding(UTF-8)';
srand(20240501);
my $n = shift // 1000000;
my @first = qw(Anna Erik Sara Johan Fatima Mohammed Elin Oskar Leila Jonas Maja Ali Emma Viktor Nora Hugo Amira Liam Ebba Adam);
my @last = qw(Andersson Nilsson Karlsson Hassan Berg Lind Ahmed Ström Nyberg Holm);
my @place = ('Nödinge', 'Ale torg', 'Alafors', 'Surte station', 'Bohus', 'Nol', 'Älvängen', 'Resecentrum', 'Skepplanda');
my @frag = (
	sub { "det är mörkt vid $place[rand @place] efter " . (17 + int rand 6) . ":" . (10 + int rand 49) . ". " },
	sub { "$first[rand @first] från $place[rand @place] hotar folk på rasten. " },
	sub { "ring mig på 07" . int(rand 10) . "-" . (100 + int rand 900) . " " . (10 + int rand 90) . " " . (10 + int rand 90) . ". " },
	sub { "min mail är " . lc($first[rand @first]) . int(rand 99) . "\@example.se. " },
	sub { "fler vuxna ute på kvällarna och bättre belysning på gångvägen. " },
	sub { "bussen 40" . int(rand 9) . " kommer sällan och hållplatsen är otrygg. " },
	sub { "min granne $first[rand @first] $last[rand @last] kör för fort. " },
	sub { "personnummer " . (70 + int rand 30) . "0" . (1 + int rand 9) . (10 + int rand 18) . "-" . (1000 + int rand 9000) . ". " },
	sub { "jag bor på Björkvägen " . (1 + int rand 60) . " och det är lugnt. " },
	sub { "det luktar rök i trapphuset och ingen gör något åt det. " },
	sub { "kolla kontot \@" . lc($first[rand @first]) . "_" . int(rand 99) . " som filmar bråk. " },
	sub { "trygg i skolan men inte i centrum sent på kvällen, 200 kr för en taxi. " },
);
print "response_id,free_text\n";
for my $i (1 .. $n) {
	my $want = int rand 301;
	my $t = '';
	while (length($t) < $want) {
		my $f = $frag[rand @frag]->();
		last if length($t) + length($f) > 300;
		$t .= $f;
	}
	$t =~ s/\s+$//;
	$t = "\"$t\"" if $t =~ /[",]/;
	printf "r%07d,%s\n", $i, $t;
}
