# Minimal JSON writer (base R only, so regenerating needs nothing beyond r-base-core).
# Numbers keep 17 significant digits so the TypeScript tests compare against R's exact doubles.
to_json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) {
      parts <- mapply(function(k, v) paste0('"', k, '":', to_json(v)), names(x), x)
      return(paste0("{", paste(parts, collapse = ","), "}"))
    }
    return(paste0("[", paste(vapply(x, to_json, ""), collapse = ","), "]"))
  }
  if (is.character(x)) {
    s <- paste0('"', gsub('"', '\\\\"', x), '"')
  } else if (is.logical(x)) {
    s <- ifelse(x, "true", "false")
  } else {
    s <- ifelse(is.finite(x), sprintf("%.17g", x), "null")
  }
  if (length(x) == 1 && is.null(attr(x, "array"))) s else paste0("[", paste(s, collapse = ","), "]")
}
# Force a JSON array even for length-1 vectors.
arr <- function(x) { x <- as.vector(x); attr(x, "array") <- TRUE; x }
write_json <- function(x, file) writeLines(to_json(x), file)
