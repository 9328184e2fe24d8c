// A notes app's page names itself by its file, and its first `#` heading often only opens its
// first part (`# Intro`, `# 1 Intro` over notes and question boxes): printed as the deck's title,
// "Intro" named the whole page. Such a heading is that first part, under the file's name.

// The names of a page's opening part, in the languages notes are written in.
const OPENING_PART =
  /^(?:intro|introduction|overview|summary|background|basics|preface|preliminaries|einleitung|einführung|überblick|introducción|introduccion|resumen|introdução|introducao|visão geral|resumo|introduzione|panoramica|введение|обзор|вступление|简介|簡介|概述|介绍|介紹|引言|前言|概要|はじめに|イントロ|개요|소개|서론)$/iu;

/** Whether a `#` heading's words (its number taken off) only name a page's opening part. */
export const namesOpeningPart = (words: string): boolean => OPENING_PART.test(words.trim().replace(/[:：.]$/, '').trim());
