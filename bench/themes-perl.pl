#!/usr/bin/perl
# themes-perl.pl LEXICON PLACES < CSV - the peer of trygg-themes in
# bench/themes.sh: the same PCRE patterns (share/trygg/themes.csv and
# places.csv; not the codebook's labels), each code's patterns joined into
# one case-insensitive alternation and tried on every line, as a tagger
# written the obvious way does.  Lines are taken as records (the bench
# file has no quoted line breaks); the codes are appended as two columns.
use strict;
use warnings;
use utf8;
binmode STDIN, ':encoding(UTF-8)';
binmode STDOUT, ':encoding(UTF-8)';

# The codes of FILE in their first row's order, each with one regex.
sub load {
	my ($file) = @_;
	open my $fh, '<:encoding(UTF-8)', $file or die "$file: $!";
	my (@order, %alts);
	<$fh>;
	while (my $line = <$fh>) {
		chomp $line;
		next if $line =~ /^"?#/ || $line eq '';
		my ($code, undef, $pat) = split /,/, $line, 3;
		$pat =~ s/^"(.*)"$/$1/;
		$pat =~ s/""/"/g;
		next if $code eq '-';
		push @order, $code unless exists $alts{$code};
		push @{ $alts{$code} }, "(?:$pat)";
	}
	return [ map { [ $_, qr/${\ join '|', @{ $alts{$_} }}/i ] } @order ];
}

my ($themes, $places) = (load($ARGV[0]), load($ARGV[1]));
my $header = <STDIN>;
chomp $header;
print "$header,themes,mentioned_places\n";
while (my $line = <STDIN>) {
	chomp $line;
	my $text = (split /,/, $line, 2)[1] // '';
	my @t = map { $_->[0] } grep { $text =~ $_->[1] } @$themes;
	my @p = map { $_->[0] } grep { $text =~ $_->[1] } @$places;
	print $line, ',', join('|', @t), ',', join('|', @p), "\n";
}
