# weight-oracle.R - the reference weights for tests/weight.bats, computed
# with R's survey package (Debian: r-cran-survey), independently of
# trygg-weight's C code.
#
#   Rscript tests/tools/weight-oracle.R RECORDS MARGINS [LOW,HIGH [TOL]]
#
# Prints response_id,weight (%.15g) for every record that has margins, in
# input order.  MARGINS is a trygg-margins(5) file: with a source column,
# each channel is raked on its own rows; without one, all records together.
#
# Raking is survey::rake (iterative proportional fitting by repeated
# postStratify) run to a tight convergence (epsilon TOL relative to the sum
# of the weights, default 1e-13).  With LOW,HIGH it runs the same
# rake-trim-rerake loop as trygg-weight --trim: rake; if a weight is below
# LOW or above HIGH times the mean weight (population total / respondents),
# set it to that bound (pmin/pmax, no redistribution) and rake again from
# there, until the bounds hold within TOL.  survey::trimWeights is not used
# for that step because it hands the trimmed amount out evenly to the other
# weights before the next rake, which leads to other (equally valid) final
# weights; see trygg-weight(1), TRIMMING.
suppressPackageStartupMessages(library(survey))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2)
	stop("usage: weight-oracle.R RECORDS MARGINS [LOW,HIGH [TOL]]")
tol <- if (length(args) >= 4) as.numeric(args[4]) else 1e-13
trim <- if (length(args) >= 3 && args[3] != "") as.numeric(strsplit(args[3], ",")[[1]]) else NULL

read <- function(path)
	read.csv(path, colClasses = "character", na.strings = character(0),
		 check.names = FALSE, encoding = "UTF-8", comment.char = "",
		 strip.white = FALSE)
records <- read(args[1])
margins <- read(args[2])
margins <- margins[!startsWith(margins[[1]], "#"), , drop = FALSE]
margins$population <- as.numeric(margins$population)
if (is.null(margins$source)) margins$source <- ""

# survey::rake to MARGINS (rows of one group) from the weights W0.
rake_once <- function(data, w0, m) {
	dims <- unique(m$dimension)
	data$w0 <- w0
	d <- svydesign(ids = ~1, weights = ~w0, data = data)
	sample <- lapply(dims, function(v) as.formula(paste0("~`", v, "`")))
	pop <- lapply(dims, function(v) {
		rows <- m[m$dimension == v, ]
		df <- data.frame(rows$value, rows$population, stringsAsFactors = FALSE)
		names(df) <- c(v, "Freq")
		df
	})
	d <- rake(d, sample, pop, control = list(maxit = 10000, epsilon = tol))
	as.numeric(weights(d))
}

weights_for <- function(data, m) {
	w <- rake_once(data, rep(1, nrow(data)), m)
	if (is.null(trim)) return(w)
	total <- sum(m$population[m$dimension == m$dimension[1]])
	mean_w <- total / nrow(data)
	lo <- trim[1] * mean_w
	hi <- trim[2] * mean_w
	btol <- if (length(args) >= 4) tol else 1e-10
	for (round in 1:10000) {
		if (all(w >= lo * (1 - btol) & w <= hi * (1 + btol))) return(w)
		w <- rake_once(data, pmin(pmax(w, lo), hi), m)
	}
	stop("rake-trim did not converge")
}

# Records of the group whose every value is in its margins (the others are
# trygg-weight's --unmatched records).
group_rows <- function(s, m) {
	ok <- if (s == "") rep(TRUE, nrow(records)) else records$source == s
	for (v in unique(m$dimension))
		ok <- ok & records[[v]] %in% m$value[m$dimension == v]
	which(ok)
}

out <- rep(NA_real_, nrow(records))
for (s in unique(margins$source)) {
	m <- margins[margins$source == s, ]
	rows <- group_rows(s, m)
	out[rows] <- weights_for(records[rows, , drop = FALSE], m)
}
keep <- !is.na(out)
cat("response_id,weight\n")
cat(sprintf("%s,%.15g\n", records$response_id[keep], out[keep]), sep = "")
