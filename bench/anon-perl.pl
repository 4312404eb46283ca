# anon-perl.pl - the same kinds of regular expressions as trygg-anon's
# patterns, for `perl -p` in bench/anon.sh; capitalised words are looked up
# in the gazetteer (a hash: one alternation of 30,000 names is far slower).
our %name;
BEGIN {
	for my $f ('share/trygg/names/first.txt', 'share/trygg/names/last.txt') {
		open my $fh, '<:encoding(UTF-8)', $f or die "$f: $!";
		while (<$fh>) { chomp; $name{$_} = 1 }
	}
}
s/(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}/[EMAIL]/g;
s/(?<![\w.@])@\w[\w.]*\w/[HANDLE]/g;
s/(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/[IP]/g;
s/(?<!\d)(?:19|20)?\d{6}\s?[-+]?\s?\d{4}(?!\d)/[PNR]/g;
s/(?<!\d)\d{4}(?:[ -]\d{4}){3}(?!\d)/[CARD]/g;
s/(?<![\w+])(?:\+46|0046|0)\s?\d{1,3}(?:[ .-]?\d){5,8}(?!\d)/[PHONE]/g;
s/\b\p{L}+(?:vägen|gatan|gången|stigen|backen|allén|leden|plan|torget)\s+\d{1,4}[A-Za-z]?\b/[ADDRESS]/g;
s/\b[A-Z]{3}[ -]?\d{2}[A-Z\d]\b/[PLATE]/g;
s/(?<!\p{L})(\p{Lu}\p{Ll}+)(?!\p{L})/exists $name{$1} ? "[NAME]" : $1/ge;
