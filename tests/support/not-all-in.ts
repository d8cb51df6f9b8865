/**
 * Either notice that the figures are not all in yet, in either language: "From 7 of 8 feeds so far
 * — provisional figures…", or before the screens have any feed "Waiting for the feeds…". A test waits for
 * neither to be on screen before it reads the settled figures.
 */
export const NOT_ALL_IN =
  /số liệu tạm thời|provisional|Đang chờ các nguồn số liệu|Waiting for the feeds/;
