#!/bin/sh
# Copy NER files verbatim from fetched snapshots into /work/data/ner (original formats kept).
# Usage: sh copy_ner.sh <git dir lqfeng/NLPDataset> <git dir Cedric-Xuan/NER-via-Bi-LSTM-CRF> <outdir>
set -e
A="$1"; B="$2"; O="$3"
mkdir -p "$O"
s() { git --git-dir="$1" show "HEAD:$2" > "$O/$3"; }
s "$A" "实体识别/Weibo/weiboNER_2nd_conll.train" weibo_ner.train.conll
s "$A" "实体识别/Weibo/weiboNER_2nd_conll.dev"   weibo_ner.dev.conll
s "$A" "实体识别/Weibo/weiboNER_2nd_conll.test"  weibo_ner.test.conll
s "$A" "实体识别/MSRA/msra_test_bio.txt"         msra_ner.test.bio
s "$A" "实体识别/ClueNER/train.json"             cluener.train.jsonl
s "$A" "实体识别/ClueNER/dev.json"               cluener.dev.jsonl
s "$A" "实体识别/Boson/BosonNLP_NER_6C.txt"      boson_ner_6c.txt
s "$A" "实体识别/Boson/license.txt"              boson_LICENSE.txt
s "$B" "ResumeNER/train.char_backup.bmes"        resume_ner.train.bmes
s "$B" "ResumeNER/dev.char_backup.bmes"          resume_ner.dev.bmes
s "$B" "ResumeNER/test.char_backup.bmes"         resume_ner.test.bmes
